import { describe, expect, it } from 'vitest';
import { edition2020 } from '@/rules/index.ts';
import { planReport } from '@/rules/plans.ts';
import { edition2031 } from '../../fixtures/editions.ts';

const forums = edition2020.forums.map((f) => f.id);

describe('planReport: what a plan adds', () => {
	it('reaches participation when the last forum is planned (5 of 6 forums, 2 electives with a key one done, 1 planned)', () => {
		const done = { forums: forums.slice(0, 5), electives: ['skills', 'reintegration'], essay: false };
		const plan = { forums, electives: ['skills', 'reintegration', 'climate-change'], essay: false };
		const report = planReport(edition2020, done, plan);
		expect(report.done.best).toBeNull();
		expect(report.plan.best).toBe('participation');
		expect(report.outcomes).toEqual({ achievement: 'short', participation: 'plan' });
		expect(report.adds).toEqual({ forums: [forums[5]], electives: 1, essay: false });
		expect(report.plan.achievement.essayMissing).toBe(true);
	});

	it('tells apart what is reached now from what only the plan reaches', () => {
		const done = { forums, electives: ['skills', 'statistics'], essay: false };
		const plan = { forums, electives: ['skills', 'statistics', 'climate-change'], essay: true };
		const report = planReport(edition2020, done, plan);
		expect(report.outcomes).toEqual({ achievement: 'plan', participation: 'now' });
		expect(report.adds).toEqual({ forums: [], electives: 1, essay: true });
		expect(report.plan.diplomaEligible).toBe(true);
	});

	it('adds nothing when nothing is planned, and counts an elective listed twice once', () => {
		const done = { forums: [], electives: ['skills'], essay: false };
		const report = planReport(edition2020, done, { ...done, electives: ['skills', 'skills'] });
		expect(report.adds).toEqual({ forums: [], electives: 0, essay: false });
		expect(report.outcomes).toEqual({ achievement: 'short', participation: 'short' });
	});

	it('reads another edition’s forums and thresholds', () => {
		const ids = edition2031.forums.map((f) => f.id);
		const electives = edition2031.electives.map((e) => e.id);
		const report = planReport(
			edition2031,
			{ forums: ids.slice(1), electives: electives.slice(0, 3), essay: false },
			{ forums: ids, electives: electives.slice(0, 4), essay: false },
		);
		expect(report.adds.forums).toEqual([ids[0]]);
		expect(report.outcomes.participation).toBe('plan');
	});
});
