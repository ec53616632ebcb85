import {
  Bar,
  BarChart,
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
  /** `trend`: one point a month, joined by a line. `breakdown`: one bar per group (level, district, …). */
  kind: 'trend' | 'breakdown';
  title: string;
  description: string;
  points: { label: string; value: number | null }[];
  target?: { value: number; label: string };
  unit: string;
}

const TICK = { fill: '#1a1a1a', fontSize: 12 };
const MARGIN = { top: 16, right: 24, bottom: 8, left: 0 };
const BLUE = '#004993';

/**
 * One KPI as a chart. The figures are also in the KPI's table (the chart is not the only way to read
 * them); groups are labelled on the axis, the line has markers and the target is a dashed, labelled line,
 * so nothing depends on colour. `accessibilityLayer` makes the chart reachable and explorable with the
 * keyboard. Recharts finds its parts by type, so they are written out inside each chart, not wrapped.
 */
export function KpiChart({ id, kind, title, description, points, target, unit }: Props) {
  const grid = <CartesianGrid stroke="#d8d8d8" strokeDasharray="2 4" vertical={kind === 'trend'} />;
  const xAxis = <XAxis dataKey="label" tick={TICK} {...(kind === 'breakdown' ? { interval: 0 } : {})} />;
  const yAxis = <YAxis unit={unit} tick={TICK} allowDecimals={unit !== ' %'} />;
  const targetLine = target ? (
    <ReferenceLine
      y={target.value}
      stroke="#1a1a1a"
      strokeDasharray="6 4"
      label={{ value: target.label, position: 'insideTopRight', ...TICK }}
    />
  ) : null;
  return (
    <figure className="kpi-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {title} <span className="kpi-chart-hint">{description}</span>
      </figcaption>
      <div className="kpi-chart-area">
        <ResponsiveContainer width="100%" height={kind === 'trend' ? 220 : 240}>
          {kind === 'trend' ? (
            <LineChart data={points} margin={MARGIN} accessibilityLayer>
              {grid}
              {xAxis}
              {yAxis}
              <Tooltip />
              {targetLine}
              <Line
                type="linear"
                dataKey="value"
                stroke={BLUE}
                strokeWidth={2}
                dot={{ r: 4, fill: BLUE }}
                isAnimationActive={false}
                connectNulls
              />
            </LineChart>
          ) : (
            <BarChart data={points} margin={MARGIN} accessibilityLayer>
              {grid}
              {xAxis}
              {yAxis}
              <Tooltip />
              {targetLine}
              <Bar dataKey="value" fill={BLUE} isAnimationActive={false} />
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
