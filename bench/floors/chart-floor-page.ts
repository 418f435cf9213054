// The floor for opening Trends: a bare page that, on a click, loads chart.js and draws the series
// Trends' first chart draws (30 days of mood and their 7-day rolling mean), with the same chart
// parts registered. `window.__drawnAt` is set when the chart's canvas has first been drawn, the
// moment Trends marks for its charts.
interface FloorSeries {
  labels: string[];
  mood: (number | null)[];
  rolling: (number | null)[];
}

declare global {
  interface Window {
    floorSeries: FloorSeries;
    __drawnAt: number | null;
  }
}

document.getElementById('draw')!.addEventListener('click', async () => {
  const { drawChart } = await import('./chart-floor-draw');
  drawChart(document.getElementById('chart') as HTMLCanvasElement, window.floorSeries, () => (window.__drawnAt ??= performance.now()));
});

export {};
