/**
 * The styles part (`xl/styles.xml`) of the direct writer (xlsxWriter.ts): each distinct cell
 * style (the exceljs-shaped {@link CellStyle} that styles.ts builds for both writers) gets one
 * cell format (`<xf>`), whose font, fill, border and number format are shared between formats.
 * Element order follows CT_Stylesheet (sml.xsd); format 0 is the workbook's default (Calibri 11,
 * as exceljs writes it), fill 1 the `gray125` pattern every workbook reserves.
 */
import type ExcelJS from "exceljs";
import { xmlEscape } from "./chartXml.js";

type CellStyle = Partial<ExcelJS.Style>;

/** Excel's built-in number formats this program may use (ECMA-376 §18.8.30): code → id. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};
/** The first id of a custom number format. */
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

const colorXml = (tag: string, c: Partial<ExcelJS.Color> | undefined) => {
  if (!c) return "";
  if (c.argb) return `<${tag} rgb="${xmlEscape(c.argb)}"/>`;
  if (c.theme !== undefined) return `<${tag} theme="${c.theme}"/>`;
  return "";
};

/** A font as CT_Font: the flags, then size, colour, name and family. */
function fontXml(f: Partial<ExcelJS.Font>): string {
  let x = "<font>";
  if (f.bold) x += "<b/>";
  if (f.italic) x += "<i/>";
  if (f.strike) x += "<strike/>";
  if (f.underline) x += f.underline === true || f.underline === "single" ? "<u/>" : `<u val="${f.underline}"/>`;
  if (f.size) x += `<sz val="${f.size}"/>`;
  x += colorXml("color", f.color);
  if (f.name) x += `<name val="${xmlEscape(f.name)}"/>`;
  if (f.family) x += `<family val="${f.family}"/>`;
  return `${x}</font>`;
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== "pattern") throw new Error(`fill ${fill.type} is not written`);
  const colours = colorXml("fgColor", fill.fgColor) + colorXml("bgColor", fill.bgColor);
  return `<fill><patternFill patternType="${fill.pattern}"${colours ? `>${colours}</patternFill>` : "/>"}</fill>`;
}

function borderXml(b: Partial<ExcelJS.Borders>): string {
  const side = (tag: "left" | "right" | "top" | "bottom" | "diagonal") => {
    const s = b[tag] as Partial<ExcelJS.Border> | undefined;
    if (!s?.style) return `<${tag}/>`;
    return `<${tag} style="${s.style}">${colorXml("color", s.color)}</${tag}>`;
  };
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}${side("diagonal")}</border>`;
}

function alignmentXml(a: Partial<ExcelJS.Alignment>): string {
  let x = "<alignment";
  if (a.horizontal) x += ` horizontal="${a.horizontal}"`;
  if (a.vertical) x += ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"`;
  if (a.wrapText) x += ' wrapText="1"';
  if (a.indent) x += ` indent="${a.indent}"`;
  return `${x}/>`;
}

/** A list of distinct XML fragments; the index of each is its id in the part. */
class Pool {
  readonly items: string[];
  private readonly ids = new Map<string, number>();
  constructor(initial: readonly string[]) {
    this.items = [...initial];
    this.items.forEach((x, i) => {
      this.ids.set(x, i);
    });
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

/** The cell formats of one workbook, built as cells ask for them. */
export class StyleTable {
  private readonly fonts = new Pool([DEFAULT_FONT]);
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly customFormats = new Map<string, number>();

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  /** The index of the cell format of `style` (0, the default, for an empty style). */
  xfId(style: CellStyle): number {
    const numFmt = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const font = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const border = style.border ? this.borders.id(borderXml(style.border)) : 0;
    let xf = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`;
    if (style.numFmt) xf += ' applyNumberFormat="1"';
    if (style.font) xf += ' applyFont="1"';
    if (style.fill) xf += ' applyFill="1"';
    if (style.border) xf += ' applyBorder="1"';
    xf += style.alignment ? ` applyAlignment="1">${alignmentXml(style.alignment)}</xf>` : "/>";
    return this.xfs.id(xf);
  }

  /** The styles part. */
  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = [...this.customFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      list("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      list("cellXfs", this.xfs.items) +
      list("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}
