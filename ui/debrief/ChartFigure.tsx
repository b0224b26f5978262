/**
 * One chart of the debrief with its figures: a Chart.js line chart (animation off, so it prints as
 * drawn) and, under it, the same numbers as a table for screen readers, print and copying.
 */
import {
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { Series } from './model.ts';
import { dt } from './strings.ts';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Legend, Tooltip);

interface Props {
  id: string;
  title: string;
  yLabel: string;
  series: Series;
  lang: string;
}

export function ChartFigure({ id, title, yLabel, series, lang }: Props) {
  const data: ChartData<'line'> = {
    labels: series.labels,
    datasets: series.datasets.map((s) => ({
      label: s.label,
      data: s.data,
      borderColor: s.color,
      backgroundColor: s.color,
      borderDash: s.dash,
      pointStyle: s.point,
      pointRadius: 4,
      borderWidth: 2,
      tension: 0,
    })),
  };
  const options: ChartOptions<'line'> = {
    animation: false,
    responsive: true,
    maintainAspectRatio: true,
    aspectRatio: 2,
    plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
    scales: {
      x: { title: { display: true, text: dt(lang, 'round') } },
      y: { title: { display: true, text: yLabel }, beginAtZero: true, ticks: { precision: 0 } },
    },
  };
  return (
    <figure className="debrief-chart" aria-labelledby={`${id}-caption`} data-testid={id}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div className="debrief-canvas">
        <Line data={data} options={options} aria-label={title} role="img" />
      </div>
      <details className="debrief-figures">
        <summary>{dt(lang, 'showTable')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{dt(lang, 'round')}</th>
              {series.datasets.map((s) => (
                <th scope="col" key={s.power}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.datasets.map((s) => (
                  <td key={s.power}>{s.data[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
