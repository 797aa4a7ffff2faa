import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

/**
 * A horizontal bar chart (ECharts, only the bar chart pieces, SVG renderer). This module is loaded lazily by the
 * statistics page, so ECharts never weighs on the first page load. The chart is an image for screen readers; the
 * same figures are in the tables beside it.
 */
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export type StatsChartProps = {
  label: string;
  categories: string[];
  values: number[];
  locale: string;
};

const ROW_HEIGHT = 28;

export function StatsChart({ label, categories, values, locale }: StatsChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const height = Math.max(160, categories.length * ROW_HEIGHT + 60);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
    const draw = () => {
      // On a phone the names get less room than the bars; on a desktop up to 220 px.
      const labelWidth = Math.min(220, Math.round(el.clientWidth * 0.42));
      chart.setOption({
        animation: false,
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => format.format(Number(v)),
        },
        xAxis: {
          type: 'value',
          minInterval: 1,
          splitNumber: el.clientWidth < 480 ? 3 : 5,
          axisLabel: { formatter: (v: number) => format.format(v), hideOverlap: true },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: categories,
          axisLabel: { width: labelWidth, overflow: 'truncate', color: '#343a40' },
        },
        series: [
          {
            type: 'bar',
            data: values,
            itemStyle: { color: '#1864ab' },
            barMaxWidth: 20,
            label: {
              show: true,
              position: 'right',
              color: '#212529',
              formatter: ({ value }: { value: number }) => format.format(value),
            },
          },
        ],
      });
      chart.resize();
    };
    draw();
    const resize = new ResizeObserver(draw);
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [categories, values, locale]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
