import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

interface Props {
  id: string;
  title: string;
  description: string;
  bars: { label: string; value: number | null }[];
  target?: { value: number; label: string };
  unit: string;
}

/**
 * One KPI broken down by level, district, team, version or the KPI's own breakdown: one bar per group.
 * Like the trend, the figures are also in the table, the bars are labelled on the axis (no colour
 * coding), and `accessibilityLayer` lets the keyboard step through them.
 */
export function BreakdownChart({ id, title, description, bars, target, unit }: Props) {
  return (
    <figure className="kpi-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {title} <span className="kpi-chart-hint">{description}</span>
      </figcaption>
      <div className="kpi-chart-area">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={bars} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer>
            <CartesianGrid stroke="#d8d8d8" strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: '#1a1a1a', fontSize: 12 }} interval={0} />
            <YAxis unit={unit} tick={{ fill: '#1a1a1a', fontSize: 12 }} allowDecimals={unit !== ' %'} />
            <Tooltip />
            {target ? (
              <ReferenceLine
                y={target.value}
                stroke="#1a1a1a"
                strokeDasharray="6 4"
                label={{ value: target.label, position: 'insideTopRight', fill: '#1a1a1a', fontSize: 12 }}
              />
            ) : null}
            <Bar dataKey="value" fill="#004993" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
