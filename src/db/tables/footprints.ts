// The table types of footprints (0012_footprints.sql), joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface StoredClass {
  sieveClass: string;
  lower: number;
  upper: number;
  stones: number;
  carats: string;
  written: string;
}

export interface FootprintReferencesTable {
  participant: string;
  id: string;
  area: string;
  sample: string;
  source: string;
  sampled_on: ColumnType<string | null, string | null, string | null>;
  synthetic: Generated<boolean>;
  scheme: string;
  classes: ColumnType<StoredClass[], string, string>;
  stones: number;
  carats: string;
  created_at: Timestamp;
  created_by: string;
}

export interface FootprintPhotosTable {
  participant: string;
  reference_id: string;
  id: string;
  content_type: 'image/png' | 'image/jpeg';
  caption: string;
  bytes: Uint8Array;
  size: number;
  uploaded_at: Timestamp;
  uploaded_by: string;
}

export interface FootprintTables {
  footprint_references: FootprintReferencesTable;
  footprint_photos: FootprintPhotosTable;
}
