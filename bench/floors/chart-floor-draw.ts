import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title);

/** Draws the chart; `drawn` is called when its canvas has been drawn, as Trends marks its charts. */
export function drawChart(
  canvas: HTMLCanvasElement,
  series: { labels: string[]; mood: (number | null)[]; rolling: (number | null)[] },
  drawn: () => void,
): void {
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: series.labels,
      datasets: [
        { label: 'Mood', data: series.mood, borderWidth: 2, pointRadius: 3.5, spanGaps: false },
        { label: '7-day average', data: series.rolling, borderWidth: 2, borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 0 },
      scales: { x: { type: 'category', ticks: { maxRotation: 0, autoSkip: true, sampleSize: 12 } }, y: { type: 'linear', min: 1, max: 5 } },
      plugins: { legend: { display: false }, title: { display: false } },
    },
    plugins: [{ id: 'floorDrawn', afterRender: drawn }],
  });
}
