/**
 * An example project as plain data: the records of a {@link FicheProjet} without their sheet
 * rows (the template writer places them) and without a layout.
 */
import type {
  BudgetLine,
  CapacityRow,
  FundingRow,
  Indicator,
  ProjectInfo,
  StaffRow,
  Step,
  ValidationStage,
} from "../types.js";

/** A record of a table tab before it has a sheet row. */
export type Unlocated<T> = Omit<T, "row">;

export type ExampleValidation = Unlocated<ValidationStage>;
export type ExampleStep = Unlocated<Step>;
export type ExampleBudgetLine = Unlocated<BudgetLine>;
export type ExampleFundingRow = Unlocated<FundingRow>;
export type ExampleStaffRow = Unlocated<StaffRow>;
export type ExampleCapacityRow = Unlocated<CapacityRow>;
export type ExampleIndicator = Unlocated<Indicator>;

export interface ExampleProject {
  /** A file name for the example workbook, e.g. `fiche-mediatheque.xlsx`. */
  readonly file: string;
  readonly project: ProjectInfo;
  readonly validation: readonly ExampleValidation[];
  readonly steps: readonly ExampleStep[];
  readonly budget: readonly ExampleBudgetLine[];
  /** The plan de financement (template v2); none: the `Financement` tab is written empty. */
  readonly funding?: readonly ExampleFundingRow[];
  readonly team: readonly ExampleStaffRow[];
  readonly capacity: readonly ExampleCapacityRow[];
  readonly indicators: readonly ExampleIndicator[];
}
