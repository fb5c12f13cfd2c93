// The table types of peer review (migrations/0008_reviews.sql), joined into db/schema.ts's Database.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** a day column: read and written as 'yyyy-mm-dd' */
type Day = string;

export interface ReviewsTable {
  participant: string;
  id: string;
  kind: 'visit' | 'mission';
  status: ColumnType<ReviewStatusValue, ReviewStatusValue | undefined, ReviewStatusValue>;
  purpose: string;
  basis: string | null;
  invited_on: Day;
  due_by: Day | null;
  scheduled_from: Day | null;
  scheduled_to: Day | null;
  done_on: Day | null;
  cancelled_reason: string | null;
  report_text: string | null;
  report_status: 'submitted' | 'adopted' | null;
  report_submitted_at: Timestamp | null;
  report_submitted_by: string | null;
  report_adopted_at: Timestamp | null;
  report_adopted_by: string | null;
  shared_with_un: ColumnType<boolean, boolean | undefined, boolean>;
  shared_by: string | null;
  shared_at: Timestamp | null;
  created_at: Timestamp;
}
type ReviewStatusValue = 'invited' | 'scheduled' | 'done' | 'cancelled';

export interface ReviewTeamTable {
  participant: string;
  review_id: string;
  id: string;
  member: string;
  person: string;
  leader: boolean;
}

export interface ReviewRecommendationsTable {
  participant: string;
  review_id: string;
  id: string;
  position: number;
  text: string;
  created_at: Timestamp;
}

export interface ActionPlansTable {
  participant: string;
  id: string;
  review_id: string | null;
  title: string;
  basis: string | null;
  created_at: Timestamp;
}

export interface ActionItemsTable {
  participant: string;
  plan_id: string;
  id: string;
  description: string;
  owner: string;
  deadline: Day;
  status: ColumnType<'open' | 'done', 'open' | 'done' | undefined, 'open' | 'done'>;
  evidence: string | null;
  done_on: Day | null;
  done_by: string | null;
  created_at: Timestamp;
}

export interface ReviewCoverageBaselinesTable {
  year: number;
  participants_visited: number;
  participants_visited_or_invited: number;
  source: string;
}

export interface ReviewTables {
  reviews: ReviewsTable;
  review_team: ReviewTeamTable;
  review_recommendations: ReviewRecommendationsTable;
  action_plans: ActionPlansTable;
  action_items: ActionItemsTable;
  review_coverage_baselines: ReviewCoverageBaselinesTable;
}
