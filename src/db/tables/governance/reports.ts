// The table types of reports (its migration's tables), joined into db/schema.ts's Database.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ReportTables {}
