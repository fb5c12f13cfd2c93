// The table types of documents (migrations/0009_decisions_documents.sql), joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';

type Day = string;

export interface DocumentsTable {
  id: string;
  title: string;
  category: string;
  published_on: Day;
  owner: string | null;
  access: 'public' | 'participants' | 'participants-observers' | 'group' | 'un-bodies';
  access_group: string | null;
  access_organisations: ColumnType<string[], string[] | undefined, string[]>;
  link: string | null;
  created_by: string;
  /** migration 0017 */
  created_by_user: string | null;
  created_at: Generated<Date>;
}

export interface DocumentVersionsTable {
  document_id: string;
  language: 'en' | 'fr' | 'pt' | 'es' | 'ru';
  filename: string;
  media_type: string;
  size: number;
  content: ColumnType<Uint8Array, Uint8Array, Uint8Array>;
  text: string | null;
  created_at: Generated<Date>;
}

export interface DocumentTables {
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
}
