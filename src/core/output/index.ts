/** JSON output of the core (SPEC §4). */
export { renderCheckDocumentJson, toCheckDocument } from "./checkDocument.js";
export { roundInteger, roundMoney, roundNullable, roundQuantity, roundRatio, roundTo } from "./round.js";
