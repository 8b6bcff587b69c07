/**
 * @module chart-xml
 * Native Excel charts as DrawingML parts (ECMA-376 Part 1, §21.2 "DrawingML - Charts"):
 * a `c:chartSpace` per chart (bar, column, line, pie, scatter) whose series reference sheet
 * ranges and carry cached values, and the `xdr:wsDr` drawing that anchors the charts on a
 * sheet. The element order follows the schema (CT_BarSer, CT_LineSer, ...), as Excel writes it.
 */

export type ChartKind = 'bar' | 'column' | 'line' | 'pie' | 'scatter';

/** One series, already resolved: references plus the values they hold now (the cache). */
export type ResolvedSeries = {
  readonly name: string;
  /** Reference to the series name cell, when there is one ('Data'!$B$1). */
  readonly nameRef?: string;
  readonly categoriesRef: string;
  readonly categories: readonly (string | number)[];
  readonly valuesRef: string;
  readonly values: readonly (number | null)[];
};

export type ResolvedChart = {
  readonly kind: ChartKind;
  readonly title: string;
  readonly series: readonly ResolvedSeries[];
  readonly numberFormat?: string;
  /** Anchor in 0-based cells: from (col,row) to (col,row). */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

function stringCache(ref: string, values: readonly (string | number)[]): string {
  const points = values
    .map((value, index) => `<c:pt idx="${index}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`)
    .join('');
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numberCache(ref: string, values: readonly (number | string | null)[], format: string): string {
  const points = values
    .map((value, index) =>
      typeof value === 'number' && Number.isFinite(value)
        ? `<c:pt idx="${index}"><c:v>${numberText(value)}</c:v></c:pt>`
        : '',
    )
    .join('');
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function seriesName(series: ResolvedSeries): string {
  if (series.nameRef) return `<c:tx>${stringCache(series.nameRef, [series.name])}</c:tx>`;
  return `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

function title(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
}

const COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

function fill(index: number): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${COLORS[index % COLORS.length]}"/></a:solidFill></c:spPr>`;
}

function line(index: number): string {
  return `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${COLORS[index % COLORS.length]}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
}

function categoryIsNumeric(series: ResolvedSeries): boolean {
  return series.categories.length > 0 && series.categories.every((value) => typeof value === 'number');
}

function axes(kind: ChartKind, format: string): string {
  const catAx =
    kind === 'scatter'
      ? `<c:valAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
      : `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${kind === 'bar' ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${kind === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="${kind === 'scatter' ? 'midCat' : 'between'}"/></c:valAx>`;
  return catAx + valAx;
}

function plot(chart: ResolvedChart, format: string): string {
  const axisIds = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const categories = (series: ResolvedSeries) =>
    categoryIsNumeric(series)
      ? numberCache(series.categoriesRef, series.categories, 'General')
      : stringCache(series.categoriesRef, series.categories);
  const head = (series: ResolvedSeries, index: number) =>
    `<c:idx val="${index}"/><c:order val="${index}"/>${seriesName(series)}`;
  switch (chart.kind) {
    case 'bar':
    case 'column': {
      const series = chart.series
        .map(
          (item, index) =>
            `<c:ser>${head(item, index)}${fill(index)}<c:invertIfNegative val="0"/><c:cat>${categories(item)}</c:cat><c:val>${numberCache(item.valuesRef, item.values, format)}</c:val></c:ser>`,
        )
        .join('');
      return `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axisIds}</c:barChart>`;
    }
    case 'line': {
      const series = chart.series
        .map(
          (item, index) =>
            `<c:ser>${head(item, index)}${line(index)}<c:marker><c:symbol val="none"/></c:marker><c:cat>${categories(item)}</c:cat><c:val>${numberCache(item.valuesRef, item.values, format)}</c:val><c:smooth val="0"/></c:ser>`,
        )
        .join('');
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
    }
    case 'pie': {
      const series = chart.series
        .slice(0, 1)
        .map(
          (item, index) =>
            `<c:ser>${head(item, index)}<c:cat>${categories(item)}</c:cat><c:val>${numberCache(item.valuesRef, item.values, format)}</c:val></c:ser>`,
        )
        .join('');
      return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
    }
    case 'scatter': {
      const series = chart.series
        .map(
          (item, index) =>
            `<c:ser>${head(item, index)}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker><c:xVal>${numberCache(item.categoriesRef, item.categories, 'General')}</c:xVal><c:yVal>${numberCache(item.valuesRef, item.values, format)}</c:yVal><c:smooth val="0"/></c:ser>`,
        )
        .join('');
      return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axisIds}</c:scatterChart>`;
    }
  }
}

/** The `xl/charts/chartN.xml` part. */
export function chartPartXml(chart: ResolvedChart): string {
  const format = chart.numberFormat ?? 'General';
  const hasAxes = chart.kind !== 'pie';
  const legend =
    chart.series.length > 1 || chart.kind === 'pie'
      ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>'
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:plotArea><c:layout/>${plot(chart, format)}${hasAxes ? axes(chart.kind, format) : ''}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** The `xl/drawings/drawingN.xml` part anchoring charts whose relationship ids are given. */
export function drawingPartXml(
  charts: readonly { readonly chart: ResolvedChart; readonly relId: string }[],
): string {
  const anchors = charts
    .map(({ chart, relId }, index) => {
      const marker = (point: { col: number; row: number }) =>
        `<xdr:col>${point.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${point.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(chart.from)}</xdr:from><xdr:to>${marker(chart.to)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`;
}
