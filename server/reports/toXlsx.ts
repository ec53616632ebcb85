import ExcelJS from 'exceljs';

export interface Sheet {
  name: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/** An XLSX workbook with one sheet per table, header row in bold and frozen. */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Forløb';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
    ws.addRow(sheet.columns).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? '' : v)));
    ws.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
