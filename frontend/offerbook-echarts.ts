// The ECharts engine behind <offerbook-chart>, in a module of its own: offerbook-chart.ts imports it with import(),
// so Vite puts it in a chunk of its own that the browser fetches only once a chart is about to be drawn.
// Only echarts/core plus the pieces used are imported (see docs/performance.md).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendPlainComponent, TooltipComponent, CanvasRenderer]);

export const init = echarts.init;
