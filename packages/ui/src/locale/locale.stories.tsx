import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { uiMessages } from '../messages'
import { useFormat } from './format'
import { LocaleProvider, useLocale } from './locale-provider'
import { useMessages } from './message-catalog'
import { SUPPORTED_LOCALES } from './resolve-locale'

const NOW = new Date('2026-11-22T12:00:00Z')

function FormattingSample() {
  const { locale } = useLocale()
  const format = useFormat()
  const t = useMessages(uiMessages)
  return (
    <dl lang={locale} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
      <dt>Locale</dt>
      <dd style={{ margin: 0 }}>{locale}</dd>
      <dt>Money</dt>
      <dd style={{ margin: 0 }} data-testid="money">
        {format.money({ amount: 123456, currency: 'EUR' })}
      </dd>
      <dt>Percent</dt>
      <dd style={{ margin: 0 }}>{format.percent(0.125)}</dd>
      <dt>Date</dt>
      <dd style={{ margin: 0 }}>{format.date(NOW, { dateStyle: 'long', timeZone: 'UTC' })}</dd>
      <dt>Relative</dt>
      <dd style={{ margin: 0 }}>{format.relativeTime('2026-11-19T12:00:00Z', NOW)}</dd>
      <dt>Message</dt>
      <dd style={{ margin: 0 }}>{t('ui.ratingWithCount', { value: format.number(4.5), max: 5, count: 3 })}</dd>
    </dl>
  )
}

/** `LocaleProvider` with `useFormat` and `useMessages`: the same values in every supported locale. */
const meta = {
  title: 'UI/Locale',
  component: LocaleProvider,
  tags: ['autodocs'],
  args: { locale: 'de-AT' },
  argTypes: { locale: { control: 'select', options: [...SUPPORTED_LOCALES, 'de-AT', 'zh-Hans', 'fr'] } },
  render: (args) => (
    <LocaleProvider {...args}>
      <FormattingSample />
    </LocaleProvider>
  ),
} satisfies Meta<typeof LocaleProvider>

export default meta
type Story = StoryObj<typeof meta>

export const GermanAustria: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('de')).toBeVisible()
    await expect(canvas.getByTestId('money').textContent?.replace(/\s/g, ' ')).toBe('1.234,56 €')
    await expect(canvas.getByText('vor 3 Tagen')).toBeVisible()
  },
}

export const AllLocales: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {SUPPORTED_LOCALES.map((locale) => (
        <LocaleProvider key={locale} locale={locale}>
          <FormattingSample />
        </LocaleProvider>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('4,5 din 5 stele, 3 recenzii')).toBeVisible()
    await expect(canvas.getByText('4.5 星（满分 5 星），3 条评价')).toBeVisible()
  },
}

export const WithOverrides: Story = {
  args: { locale: 'en', messages: { en: { 'ui.ratingWithCount': { one: '{value}/{max}, one review', other: '{value}/{max} from {count} reviews' } } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('4.5/5 from 3 reviews')).toBeVisible()
  },
}
