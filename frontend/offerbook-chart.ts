// <offerbook-chart>: draws one chart from a plain spec handed over by the Java component (Chart.java).
// ECharts is not imported here: offerbook-echarts.ts is loaded with import() (a chunk of its own) when the first chart
// with data is on the page, so the page's own JavaScript does not wait for it (see docs/performance.md).
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

type Engine = typeof import('./offerbook-echarts');

let engine: Promise<Engine> | null = null;

/** The ECharts engine, fetched once for the whole page. */
function loadEngine(): Promise<Engine> {
  engine ??= import('./offerbook-echarts');
  return engine;
}

/**
 * Charts waiting for their first drawing, drawn one per task (the one nearest the top of the window first), so that
 * four charts do not make one long task on the main thread.
 */
const waiting = new Set<OfferbookChart>();
let draining = false;

function drawSoon(chart: OfferbookChart) {
  waiting.add(chart);
  if (draining) {
    return;
  }
  draining = true;
  loadEngine().then((loaded) => {
    const next = () => {
      const charts = [...waiting].filter((c) => c.isConnected);
      if (charts.length === 0) {
        waiting.clear();
        draining = false;
        return;
      }
      charts.sort((a, b) => Math.abs(a.getBoundingClientRect().top) - Math.abs(b.getBoundingClientRect().top));
      const first = charts[0];
      waiting.delete(first);
      first.drawWith(loaded);
      setTimeout(next, 0);
    };
    next();
  }, () => {
    // Not fetched (offline, a new deployment): the next chart that wants drawing tries again.
    engine = null;
    draining = false;
  });
}

interface Point { x: string; y: number; }
interface Series { name: string; stack: string | null; points: Point[]; }
interface RangeBar { category: string; min: number; max: number; label: string; }
interface Marker { category: string; name: string; value: number; }
interface Spec {
  kind: 'TIME_LINE' | 'STACKED_BAR' | 'GROUPED_BAR' | 'RANGE';
  currency: string;
  description: string;
  categories: string[];
  series: Series[];
  ranges: RangeBar[];
  markers: Marker[];
}

const PALETTE = ['#3b82f6', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#ec4899', '#84cc16'];

class OfferbookChart extends HTMLElement {
  private chart: EChartsType | null = null;
  private engine: Engine | null = null;
  private currentSpec: Spec | null = null;
  // A new width can change how many lines the legend needs: the option is worked out again.
  private resizeObserver = new ResizeObserver(() => {
    this.chart?.resize();
    this.render();
  });
  private themeObserver = new MutationObserver(() => this.render());
  private darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  set spec(value: Spec) {
    this.currentSpec = value;
    this.render();
  }

  get spec(): Spec | null {
    return this.currentSpec;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.resizeObserver.observe(this);
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style', 'class'] });
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    this.themeObserver.disconnect();
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.chart?.dispose();
    this.chart = null;
  }

  private onSchemeChange = () => this.render();

  /** Called by the queue once the engine is loaded: draws now if there is something to draw. */
  drawWith(loaded: Engine) {
    this.engine = loaded;
    this.render();
  }

  private render() {
    const spec = this.currentSpec;
    if (!spec || !this.isConnected) {
      return;
    }
    // What ECharts' aria component would write, without its code: the chart's description for screen readers.
    this.setAttribute('role', 'img');
    this.setAttribute('aria-label', spec.description);
    if (!this.chart) {
      if (this.clientWidth === 0 || this.clientHeight === 0) {
        return; // not laid out yet (or hidden): the resize observer renders once it has a size
      }
      if (!this.engine) {
        drawSoon(this);
        return;
      }
      this.chart = this.engine.init(this, undefined, { renderer: 'canvas' });
      const name = this.id || 'chart';
      const painted = () => {
        this.chart?.off('rendered', painted);
        performance.mark(`chart-painted:${name}`);
      };
      this.chart.on('rendered', painted);
    }
    this.chart.setOption(this.option(spec, this.colors()), true);
    this.setAttribute('data-rendered', 'true');
  }

  /** Text and line colours from the Lumo theme in force, so the chart follows light and dark. */
  private colors() {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => normalise(style.getPropertyValue(name).trim()) || fallback;
    const base = read('--lumo-base-color', '#ffffff');
    const dark = luminance(base) < 0.5;
    return {
      text: read('--lumo-body-text-color', dark ? '#e6e9ef' : '#1a2433'),
      secondary: read('--lumo-secondary-text-color', dark ? '#aab4c3' : '#5c6b80'),
      line: dark ? 'rgba(255,255,255,0.14)' : 'rgba(0,0,0,0.10)',
      background: base,
      dark,
      font: style.fontFamily || 'sans-serif',
    };
  }

  /**
   * A legend that wraps onto as many lines as its names need (never pages them away), and the top of the plot below
   * it. ECharts does not move the plot for a wrapped legend, so the lines are counted here with the same font.
   */
  private legend(names: string[], c: ReturnType<OfferbookChart['colors']>) {
    const side = 8;
    const available = Math.max(120, this.clientWidth - 2 * side);
    const font = `12px ${getComputedStyle(this).fontFamily || 'sans-serif'}`;
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) {
      ctx.font = font;
    }
    const itemGap = 10;
    const symbol = 25 + 5; // itemWidth + the gap before the text
    const measure = (text: string) => (ctx ? ctx.measureText(text).width : text.length * 7);
    // Only a name wider than the whole chart is shortened (its full text is in the legend's tooltip).
    const fit = (name: string) => {
      if (measure(name) <= available - symbol) {
        return name;
      }
      let cut = name;
      while (cut.length > 1 && measure(cut + '…') > available - symbol) {
        cut = cut.slice(0, -1);
      }
      return cut + '…';
    };
    let lines = 1;
    let used = 0;
    for (const name of names) {
      const width = symbol + measure(fit(name));
      if (used > 0 && used + itemGap + width > available) {
        lines++;
        used = width;
      } else {
        used += (used > 0 ? itemGap : 0) + width;
      }
    }
    const lineHeight = 24; // item height 14 + itemGap 10 between lines
    return {
      option: {
        type: 'plain',
        top: 0,
        left: side,
        right: side,
        itemGap,
        textStyle: { color: c.text, fontFamily: c.font },
        formatter: fit,
        tooltip: { show: true },
        data: names,
      },
      height: lines * lineHeight,
    };
  }

  private option(spec: Spec, c: ReturnType<OfferbookChart['colors']>): EChartsCoreOption {
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: spec.currency, maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat('en-US', { style: 'currency', currency: spec.currency, notation: 'compact', maximumFractionDigits: 1 });
    const axisCommon = {
      axisLabel: { color: c.secondary },
      axisLine: { lineStyle: { color: c.line } },
      splitLine: { lineStyle: { color: c.line } },
    };
    const valueAxis = { type: 'value', ...axisCommon, axisLabel: { color: c.secondary, formatter: (v: number) => compact.format(v) } };
    const markerNames = [...new Set(spec.markers.map((m) => m.name))];
    const legend = this.legend(spec.kind === 'RANGE' ? ['Band range', ...markerNames] : spec.series.map((s) => s.name), c);
    // Category names wrap within their share of the width, so no company's name is cut or overlaps the next.
    const categoryWidth = Math.max(56, Math.floor((this.clientWidth - 90) / Math.max(1, spec.categories.length)) - 8);
    const categoryAxisLabel = { color: c.secondary, interval: 0, overflow: 'break', width: categoryWidth, lineHeight: 14 };
    const common: EChartsCoreOption = {
      color: PALETTE,
      backgroundColor: 'transparent',
      textStyle: { color: c.text, fontFamily: c.font },
      legend: legend.option,
      // Room at the bottom for the largest marker (a 20 px diamond) when it sits on the axis.
      grid: { left: 8, right: 16, top: legend.height + 14, bottom: 12, containLabel: true },
      tooltip: {
        trigger: spec.kind === 'RANGE' ? 'item' : 'axis',
        backgroundColor: c.background,
        borderColor: c.line,
        textStyle: { color: c.text },
        valueFormatter: (v: number | number[]) => (Array.isArray(v) ? v.map((x) => money.format(x)).join(' – ') : money.format(v)),
      },
      animationDuration: 300,
    };
    switch (spec.kind) {
      case 'TIME_LINE':
        return {
          ...common,
          // Revisions are dated by day: ticks at least a day apart, or a short history repeats one date across the axis.
          xAxis: { type: 'time', minInterval: 24 * 3600 * 1000, ...axisCommon, axisLabel: { color: c.secondary, hideOverlap: true, formatter: '{MMM} {d}' } },
          yAxis: valueAxis,
          series: spec.series.map((s) => ({
            name: s.name, type: 'line', showSymbol: true, symbolSize: 8,
            data: s.points.map((p) => [p.x, p.y]),
          })),
        };
      case 'STACKED_BAR':
      case 'GROUPED_BAR':
        return {
          ...common,
          xAxis: { type: 'category', data: spec.categories, ...axisCommon, axisLabel: categoryAxisLabel },
          yAxis: valueAxis,
          series: spec.series.map((s) => ({
            name: s.name, type: 'bar', stack: spec.kind === 'STACKED_BAR' ? (s.stack ?? 'total') : undefined,
            barMaxWidth: 48, data: s.points.map((p) => p.y),
          })),
        };
      case 'RANGE': {
        return {
          ...common,
          tooltip: {
            ...(common.tooltip as object),
            trigger: 'item',
            formatter: (p: { seriesName: string; name: string; value: number | number[]; data: { label?: string } }) => {
              if (p.seriesName === 'Band range') {
                const r = spec.ranges.find((x) => x.category === p.name);
                return r ? `${escapeHtml(r.label)}<br/>${money.format(r.min)} – ${money.format(r.max)}` : '';
              }
              const v = Array.isArray(p.value) ? p.value[1] : p.value;
              return `${escapeHtml(p.name)}<br/>${escapeHtml(p.seriesName)}: ${money.format(v)}`;
            },
          },
          xAxis: { type: 'category', data: spec.categories, ...axisCommon, axisLabel: categoryAxisLabel },
          // A margin above and below the data, so that a marker at the lowest or highest value is drawn whole.
          yAxis: { ...valueAxis, scale: true, boundaryGap: ['8%', '8%'] },
          series: [
            { name: 'Band floor', type: 'bar', stack: 'band', silent: true, itemStyle: { color: 'transparent' },
              data: spec.categories.map((cat) => spec.ranges.find((r) => r.category === cat)?.min ?? null), tooltip: { show: false } },
            { name: 'Band range', type: 'bar', stack: 'band', barMaxWidth: 56,
              itemStyle: { color: c.dark ? 'rgba(96,165,250,0.35)' : 'rgba(59,130,246,0.25)', borderColor: '#3b82f6', borderWidth: 1 },
              data: spec.categories.map((cat) => {
                const r = spec.ranges.find((x) => x.category === cat);
                return r ? r.max - r.min : null;
              }) },
            ...markerNames.map((name, i) => ({
              name, type: 'scatter', symbol: i === 0 ? 'diamond' : 'circle', symbolSize: i === 0 ? 20 : 11, z: 5 + i, clip: false,
              itemStyle: { color: PALETTE[(i + 1) % PALETTE.length] },
              data: spec.markers.filter((m) => m.name === name).map((m) => [m.category, m.value]),
            })),
          ],
        };
      }
      default:
        return common;
    }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch] as string));
}

/** Any CSS colour as the canvas understands it (#rrggbb or rgba(...)). */
function normalise(color: string): string {
  if (!color) {
    return '';
  }
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) {
    return color;
  }
  ctx.fillStyle = '#000000';
  ctx.fillStyle = color;
  return ctx.fillStyle as string;
}

function luminance(color: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  let r = 1, g = 1, b = 1;
  if (hex) {
    const n = parseInt(hex[1], 16);
    r = ((n >> 16) & 255) / 255; g = ((n >> 8) & 255) / 255; b = (n & 255) / 255;
  } else {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
    if (m) {
      r = +m[1] / 255; g = +m[2] / 255; b = +m[3] / 255;
    }
  }
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

customElements.define('offerbook-chart', OfferbookChart);
