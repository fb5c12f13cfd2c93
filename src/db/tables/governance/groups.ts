// The table types of working groups' meetings (migrations/0007_participation.sql), joined into
// db/schema.ts's Database. The groups and their members are the registry's tables (db/schema.ts).
import type { Generated } from 'kysely';

export interface WorkingGroupMeetingsTable {
  group_id: string;
  id: string;
  held_on: string;
  place: string;
  agenda: string;
  minutes: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface GroupTables {
  working_group_meetings: WorkingGroupMeetingsTable;
}
