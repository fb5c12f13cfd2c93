// The table types of plenary decisions and the three-year review (migrations/0009_decisions_documents.sql),
// joined into db/schema.ts's Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = string;

export interface PlenariesTable { id: string; name: string; place: string; starts_on: Day; ends_on: Day }

export interface PlenaryDecisionsTable {
  id: string;
  plenary_id: string;
  number: number;
  title: string;
  text_en: string;
  source: string | null;
  formally_adopted_on: Day | null;
  document_id: string | null;
  created_at: Generated<Date>;
}

export interface PlenaryDecisionTranslationsTable {
  decision_id: string;
  language: 'fr' | 'pt' | 'es' | 'ru';
  status: 'requested' | 'provided' | 'checked';
  text: string | null;
  /** migrations/0053: the decision's title in the language; null until provided */
  title: ColumnType<string | null, string | null | undefined, string | null>;
  requested_on: Day;
  provided_on: Day | null;
  checked_on: Day | null;
  checked_by: string | null;
}

export interface SchemeReviewsTable { id: string; title: string; adopted_on: Day; recommendations_adopted: number; document_id: string | null }

export interface SchemeRecommendationsTable {
  id: string;
  review_id: string;
  number: number | null;
  source: string;
  text: string;
  owner: string | null;
  status: Generated<'not-started' | 'in-progress' | 'implemented' | 'dropped'>;
  updated_at: Timestamp;
}

export interface SchemeRecommendationUpdatesTable { recommendation_id: string; id: string; at: Timestamp; author: string; status_from: string; status_to: string; evidence: string }

export interface PriorityIssuesTable { id: string; review_id: string; number: number; title: string }
export interface PriorityIssueRecommendationsTable { issue_id: string; recommendation_id: string }

export interface DecisionTables {
  plenaries: PlenariesTable;
  plenary_decisions: PlenaryDecisionsTable;
  plenary_decision_translations: PlenaryDecisionTranslationsTable;
  scheme_reviews: SchemeReviewsTable;
  scheme_recommendations: SchemeRecommendationsTable;
  scheme_recommendation_updates: SchemeRecommendationUpdatesTable;
  priority_issues: PriorityIssuesTable;
  priority_issue_recommendations: PriorityIssueRecommendationsTable;
}
