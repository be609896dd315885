import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Button } from '../button/button'
import { LocaleProvider } from '../locale/locale-provider'
import { Dialog, DialogClose, DialogContent, DialogTrigger } from './dialog'
import { storyMessage } from '../../../../.storybook/story-messages'

const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  tags: ['autodocs'],
  args: { onOpenChange: fn() },
  render: (args) => (
    <Dialog {...args}>
      <DialogTrigger asChild>
        <Button variant="secondary">View rewards</Button>
      </DialogTrigger>
      <DialogContent title="Your rewards" description="You have 1,250 points. Redeem them at checkout.">
        <label style={{ display: 'grid', gap: '0.25rem', marginBlockEnd: '1rem' }}>
          Reward code
          <input name="code" />
        </label>
        <DialogClose asChild>
          <Button>Done</Button>
        </DialogClose>
      </DialogContent>
    </Dialog>
  ),
} satisfies Meta<typeof Dialog>

export default meta
type Story = StoryObj<typeof meta>

export const KeyboardFlow: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const t = storyMessage({ loaded })
    const canvas = within(canvasElement)
    // The dialog renders in a portal on document.body, outside the story's canvas.
    const page = within(canvasElement.ownerDocument.body)
    const trigger = canvas.getByRole('button', { name: 'View rewards' })

    trigger.focus()
    await userEvent.keyboard('{Enter}')
    const dialog = await page.findByRole('dialog', { name: 'Your rewards' })
    await waitFor(() => expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement))
    await expect(page.getByRole('textbox', { name: 'Reward code' })).toHaveFocus()

    await userEvent.tab({ shift: true })
    await expect(page.getByRole('button', { name: t('ui.close') })).toHaveFocus()

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull())
    await expect(trigger).toHaveFocus()
    await expect(args.onOpenChange).toHaveBeenCalledWith(false)
  },
}

export const CloseButton: Story = {
  play: async ({ canvasElement, loaded }) => {
    const t = storyMessage({ loaded })
    const page = within(canvasElement.ownerDocument.body)
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'View rewards' }))
    await userEvent.click(await page.findByRole('button', { name: t('ui.close') }))
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull())
  },
}

/** Open from the start, in German, with its title visually hidden (the close button reads "Schließen"). */
export const OpenInGerman: Story = {
  // A modal that is open on load would cover the docs page.
  tags: ['!autodocs'],
  render: () => (
    <LocaleProvider locale="de">
      <Dialog defaultOpen>
        <DialogContent title="Prämien" hideTitle>
          <p style={{ marginBlock: 0 }}>Sie haben 1.250 Punkte.</p>
        </DialogContent>
      </Dialog>
    </LocaleProvider>
  ),
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body)
    const dialog = await page.findByRole('dialog', { name: 'Prämien' })
    // Visible once the entrance animation has faded it in.
    await waitFor(() => expect(dialog).toBeVisible())
    await expect(page.getByRole('button', { name: 'Schließen' })).toBeVisible()
  },
}
