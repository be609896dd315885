import { renderWithJourney } from '@journeykit/react/testing'
import { createRef, type ReactElement, type Ref } from 'react'
import { expect, it } from 'vitest'
import { describeRefForwarding, type RefForwardingCase } from '../../../test/ref-forwarding'
import { CsatSurvey, LoyaltyPanel, NpsSurvey, ReferralPanel, RewardsDialog } from './index'
import { memberHistory, programConfig, silverMember } from './loyalty-panel/fixtures'
import { csatSurveyId, npsSurveyId } from './nps-survey/fixtures'
import { referral } from './referral-panel/fixtures'

// forwardRef: a ref reaches the block's root element on React 18 as on 19.
const blocks: RefForwardingCase[] = [
  {
    name: 'LoyaltyPanel',
    root: '[data-jk-loyalty-panel]',
    element: (ref) => <LoyaltyPanel ref={ref} program={programConfig} member={silverMember} history={memberHistory} />,
  },
  {
    name: 'RewardsDialog (open)',
    root: '[data-jk-rewards-dialog]',
    element: (ref) => <RewardsDialog ref={ref} defaultOpen program={programConfig} member={silverMember} onRedeem={async () => ({ ok: true, code: 'JK5-7QXM-4RTA' })} />,
  },
  { name: 'ReferralPanel', root: '[data-jk-referral-panel]', element: (ref) => <ReferralPanel ref={ref} {...referral} /> },
  { name: 'NpsSurvey', root: '[data-jk-nps-survey]', element: (ref) => <NpsSurvey ref={ref} surveyId={npsSurveyId} onSubmit={async () => {}} /> },
  { name: 'CsatSurvey', root: '[data-jk-csat-survey]', element: (ref) => <CsatSurvey ref={ref} surveyId={csatSurveyId} onSubmit={async () => {}} /> },
]

describeRefForwarding(renderWithJourney, blocks)

it("keeps the panel's own use of its root: a panel given a ref still reports loyalty_viewed", () => {
  const ref = createRef<HTMLElement>()
  const { recorder } = renderWithJourney(<LoyaltyPanel ref={ref} program={programConfig} member={silverMember} />)
  expect(ref.current).toHaveAttribute('data-jk-loyalty-panel')
  expect(recorder.last('loyalty_viewed')?.properties).toMatchObject({ member: true })
})

it('a closed rewards dialog has no root yet: the ref stays empty', () => {
  const ref = createRef<HTMLDivElement>()
  renderWithJourney(<RewardsDialog ref={ref} program={programConfig} member={silverMember} onRedeem={async () => ({ ok: true, code: 'JK5-7QXM-4RTA' })} />)
  expect(ref.current).toBeNull()
})
