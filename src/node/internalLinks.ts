/**
 * exceljs 4.4 writes an internal hyperlink (`#'Sheet'!A1`) as an external relationship plus a
 * `location` that keeps the `#`, which Excel opens as `#'Sheet'!A1##'Sheet'!A1` (exceljs issue
 * #3027). This patch renders a target starting with `#` the way Excel itself does:
 * `<hyperlink ref="D2" location="'Sheet'!A1"/>`, with no relationship id. The unused
 * relationship exceljs still lists is harmless.
 */
interface HyperlinkModel {
  address: string;
  rId?: string;
  tooltip?: string;
  target?: string;
}
interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}

let patched = false;

/** Installs the patch once (idempotent), loading exceljs's module only then (see writeWorkbook.ts's loadExcelJs). */
export async function patchInternalHyperlinks(): Promise<void> {
  if (patched) return;
  // @ts-expect-error: exceljs ships no typings for its internal modules.
  const { default: HyperlinkXform } = await import("exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js");
  if (patched) return;
  patched = true;
  const proto = (HyperlinkXform as { prototype: { render(x: XmlStream, m: HyperlinkModel): void } }).prototype;
  const original = proto.render;
  proto.render = function render(this: unknown, xmlStream: XmlStream, model: HyperlinkModel): void {
    if (model.target?.startsWith("#")) {
      xmlStream.leafNode("hyperlink", { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
      return;
    }
    original.call(this, xmlStream, model);
  };
}
