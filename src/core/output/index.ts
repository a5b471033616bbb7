/** JSON output of the core (SPEC §4). */
export { renderCheckDocumentJson, toCheckDocument } from "./checkDocument.js";
export { FUNDING_CATEGORY_CODES, FUNDING_STATUS_CODES, toDocumentFunding } from "./fundingDocument.js";
export { roundInteger, roundMoney, roundNullable, roundQuantity, roundRatio, roundTo } from "./round.js";
