/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places a sheet's charts, and the
 * relationships that tie sheet → drawing → charts. Each chart is anchored at one cell with a
 * fixed size (a `oneCellAnchor`), so resizing a column does not stretch it.
 */
import { type ChartIntent, DEFAULT_CHART_SIZE } from "../core/types.js";
import { xmlEscape } from "./chartXml.js";

/** English Metric Units per point: DrawingML measures in EMU. */
const EMU_PER_POINT = 12_700;

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
} as const;
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function anchor(intent: ChartIntent, index: number): string {
  const size = intent.size ?? DEFAULT_CHART_SIZE;
  const cx = Math.round(size.width * EMU_PER_POINT);
  const cy = Math.round(size.height * EMU_PER_POINT);
  const cell = (tag: string, n: number) => `<xdr:${tag}>${n}</xdr:${tag}>`;
  const from = `<xdr:from>${cell("col", intent.anchor.col)}${cell("colOff", 0)}${cell("row", intent.anchor.row)}${cell("rowOff", 0)}</xdr:from>`;
  const name = `name="Graphique ${index + 1}" descr="${xmlEscape(intent.title)}"`;
  return (
    `<xdr:oneCellAnchor>${from}<xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" ${name}/>` +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>"
  );
}

/** The drawing part of a sheet's charts; chart i is the drawing's relationship `rId{i+1}`. */
export function drawingXml(intents: readonly ChartIntent[]): string {
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
    `${intents.map(anchor).join("")}</xdr:wsDr>`
  );
}

/** A relationships part listing `[id, type, target]`. */
export function relsXml(rels: readonly (readonly [string, string, string])[]): string {
  const items = rels.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}
