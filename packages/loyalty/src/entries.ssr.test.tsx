// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { CsatSurvey, LoyaltyPanel, NpsSurvey, ReferralPanel, RewardsDialog } from './index'
import { memberHistory, programConfig, silverMember } from './loyalty-panel/fixtures'
import { referral } from './referral-panel/fixtures'

describe('the blocks on the server', () => {
  it('render without a DOM', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <>
        <LoyaltyPanel program={programConfig} member={silverMember} history={memberHistory} />
        <RewardsDialog program={programConfig} member={silverMember} onRedeem={vi.fn()} />
        <ReferralPanel {...referral} />
      </>,
    )
    expect(html).toContain('320 points to Gold')
    expect(html).toContain('Redeem points')
    expect(html).toContain('K7MX2QPA')
  })

  it('leave out what depends on the browser: the Web Share button and snoozable surveys', () => {
    const html = renderToString(
      <>
        <ReferralPanel {...referral} />
        <NpsSurvey surveyId="nps" onSubmit={vi.fn()} />
        <CsatSurvey surveyId="csat" onSubmit={vi.fn()} />
      </>,
    )
    expect(html).not.toContain('Share…')
    expect(html).not.toContain('How likely')
  })
})
