import { describe, expect, it } from 'vitest';
import { edition2020, type Edition } from '@/rules/index.ts';
import { courseStructuredData, jsonLd } from '@/seo/course.ts';

describe('course structured data', () => {
	it('follows the edition record it is given', () => {
		const other: Edition = {
			...edition2020,
			year: 2031,
			startDate: '2031-03-03',
			endDate: '2031-04-11',
			learningHours: 45,
			priceCents: 99_950,
		};
		const data = courseStructuredData({ edition: other, locale: 'fr', url: 'https://example.org/fr/', description: 'd' });
		expect(data.hasCourseInstance).toMatchObject({
			name: `${edition2020.name.fr} 2031`,
			startDate: '2031-03-03',
			endDate: '2031-04-11',
			courseWorkload: 'PT45H',
			offers: { price: '999.50', priceCurrency: 'EUR' },
		});
		expect(data.provider).toEqual({
			'@type': 'Organization',
			name: 'Centre international de formation de l’OIT',
			alternateName: 'CIF-OIT',
		});
	});

	it('cannot close its script element', () => {
		expect(jsonLd({ description: '</script><script>alert(1)</script>' })).not.toContain('<');
		expect(JSON.parse(jsonLd({ description: '</script>' }))).toEqual({ description: '</script>' });
	});
});
