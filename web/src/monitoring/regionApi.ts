// The endpoints of the regional view and of capacity assessments; their shapes are the server's
// (src/monitoring/routes.ts, web/src/contract).
import { api, withQuery } from '../api';
import type { Body, Ok, Query } from '../contract';

export type RegionView = Ok<'/api/monitoring/regions/{region}'>;
export type RegionId = RegionView['region'];
export type Assessment = Ok<'/api/capacity/{id}'>;
export type NewAssessment = Body<'/api/capacity'>;

export const REGIONS = ['west-africa', 'south-america'] as const satisfies readonly RegionId[];

export const fetchRegion = (region: string, range: Query<'/api/monitoring/regions/{region}'>, signal?: AbortSignal) => api.get<RegionView>(withQuery(`/api/monitoring/regions/${encodeURIComponent(region)}`, range), signal);
export const fetchAssessments = (signal?: AbortSignal) => api.get<Ok<'/api/capacity'>>('/api/capacity', signal);
export const addAssessment = (a: NewAssessment) => api.post<Ok<'/api/capacity', 'post'>>('/api/capacity', a);
export const removeAssessment = (id: string) => api.delete(`/api/capacity/${encodeURIComponent(id)}`);
