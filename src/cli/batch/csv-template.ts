import { CSV_TEMPLATE_COLUMNS } from '../../profile/csv-columns.js';

/** `casemgr-path init --csv`: the header row of a caseload spreadsheet, every column in order. */
export function csvTemplate(): string {
  return `${CSV_TEMPLATE_COLUMNS.join(',')}\n`;
}

/** What to say after writing the template to a file. */
export function csvTemplateHint(file: string): string {
  return `Wrote ${file}: one client per row; empty cells are fine (docs/csv.md explains each column). Then: casemgr-path report --profiles ${file} --out reports/\n`;
}
