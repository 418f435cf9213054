import { ChartSeriesStyle } from '../state/chart-view';

const WIDTH = 28;
const HEIGHT = 14;
const cache = new Map<string, HTMLCanvasElement>();

/**
 * The saved PNG's legend key, drawn like its series — a line through a dot, a dashed line, or a
 * triangle — so the legend tells series apart by shape as well as by colour. On the page the
 * legend is HTML (`SeriesKey`).
 */
export function legendSwatch(style: ChartSeriesStyle, color: string): HTMLCanvasElement {
  const key = `${style} ${color}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const middle = HEIGHT / 2;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = 2;
    if (style === 'markers') {
      ctx.beginPath();
      ctx.moveTo(WIDTH / 2, 1);
      ctx.lineTo(WIDTH / 2 + 6.5, HEIGHT - 1);
      ctx.lineTo(WIDTH / 2 - 6.5, HEIGHT - 1);
      ctx.closePath();
      ctx.fill();
    } else {
      ctx.setLineDash(style === 'dashed' ? [6, 4] : []);
      ctx.beginPath();
      ctx.moveTo(0, middle);
      ctx.lineTo(WIDTH, middle);
      ctx.stroke();
      if (style === 'points') {
        ctx.beginPath();
        ctx.arc(WIDTH / 2, middle, 4, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }
  cache.set(key, canvas);
  return canvas;
}
