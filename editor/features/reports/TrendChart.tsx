import {
  CartesianGrid,
  Line,
  LineChart,
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
  points: { month: string; value: number | null }[];
  target?: { value: number; label: string };
  unit: string;
}

/**
 * The monthly trend of one KPI. The figures are also in the KPI's table (the chart is not the only way to
 * read them); the line has markers and the target is a dashed, labelled line, so nothing depends on colour.
 * `accessibilityLayer` makes the chart reachable and explorable with the keyboard.
 */
export function TrendChart({ id, title, description, points, target, unit }: Props) {
  return (
    <figure className="kpi-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {title} <span className="kpi-chart-hint">{description}</span>
      </figcaption>
      <div className="kpi-chart-area">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={points} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer>
            <CartesianGrid stroke="#d8d8d8" strokeDasharray="2 4" />
            <XAxis dataKey="month" tick={{ fill: '#1a1a1a', fontSize: 12 }} />
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
            <Line
              type="linear"
              dataKey="value"
              stroke="#004993"
              strokeWidth={2}
              dot={{ r: 4, fill: '#004993' }}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
