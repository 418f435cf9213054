import { bandRects, cutOffLines, fitText, YScale } from './band-plugin';

describe('band geometry', () => {
  // A 0–27 scale drawn from y = 10 (top) to y = 280 (bottom): 10 px per point.
  const area = { left: 40, right: 340, top: 10, bottom: 280 };
  const scale: YScale = { min: 0, max: 27, toPixel: (value) => 280 - value * 10 };
  const phq9 = [
    { label: 'Minimal', min: 0, max: 4 },
    { label: 'Mild', min: 5, max: 9 },
    { label: 'Moderate', min: 10, max: 14 },
    { label: 'Moderately severe', min: 15, max: 19 },
    { label: 'Severe', min: 20, max: 27 },
  ];

  it('meets integer bands half-way between them, across the plot', () => {
    const rects = bandRects(phq9, area, scale);
    expect(rects.map((r) => [r.label, r.y, r.height])).toEqual([
      ['Minimal', 235, 45],
      ['Mild', 185, 50],
      ['Moderate', 135, 50],
      ['Moderately severe', 85, 50],
      ['Severe', 10, 75],
    ]);
    expect(rects.every((r) => r.x === 40 && r.width === 300)).toBeTrue();
  });

  it('shares one edge between continuous bands, whatever order they come in', () => {
    const bands = [
      { label: 'High', min: 4.31, max: 5 },
      { label: 'Low', min: 1, max: 3 },
      { label: 'Normal', min: 3, max: 4.3 },
    ];
    const fivePoint: YScale = { min: 1, max: 5, toPixel: (value) => 250 - (value - 1) * 60 };
    const rects = bandRects(bands, { left: 0, right: 100, top: 10, bottom: 250 }, fivePoint);
    expect(rects.map((r) => r.label)).toEqual(['Low', 'Normal', 'High']);
    expect(rects[0].y).toBe(130);
    expect(rects[1].y + rects[1].height).toBe(130);
    expect(rects[2].y).toBe(10);
    expect(rects[2].y + rects[2].height).toBeCloseTo(rects[1].y, 6);
  });

  it('clips to a zoomed scale and leaves out bands outside it', () => {
    const zoomed: YScale = { min: 8, max: 16, toPixel: (value) => 280 - (value - 8) * 33.75 };
    const rects = bandRects(phq9, area, zoomed);
    expect(rects.map((r) => r.label)).toEqual(['Mild', 'Moderate', 'Moderately severe']);
    expect(rects[0].y + rects[0].height).toBe(280);
    expect(rects[2].y).toBe(10);
  });

  it('draws nothing for no bands', () => {
    expect(bandRects([], area, scale)).toEqual([]);
  });

  it('places cut-off lines at their value, and none outside the scale', () => {
    const lines = cutOffLines(
      [
        { value: 10, label: 'Cut-off 10' },
        { value: 30, label: 'Off the chart' },
      ],
      scale,
    );
    expect(lines).toEqual([{ label: 'Cut-off 10', y: 180 }]);
  });

  it('shortens a band label that does not fit at a word, and drops one that cannot', () => {
    const width = (text: string) => text.length * 10;
    expect(fitText('Poor well-being', 200, width)).toBe('Poor well-being');
    expect(fitText('Very low well-being, in the range where depression is likely', 220, width)).toBe('Very low well-being…');
    expect(fitText('Moderately', 50, width)).toBe('');
  });
});
