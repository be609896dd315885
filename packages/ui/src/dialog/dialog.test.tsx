import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Button } from '../button/button'
import { LocaleProvider } from '../locale/locale-provider'
import { allUiTranslations } from '../locales/all'
import { Dialog, DialogClose, DialogContent, DialogTrigger } from './dialog'

function RewardsDialog(props: { description?: string; hideTitle?: boolean; onOpenChange?: (open: boolean) => void }) {
  return (
    <Dialog onOpenChange={props.onOpenChange}>
      <DialogTrigger asChild>
        <Button>View rewards</Button>
      </DialogTrigger>
      <DialogContent title="Your rewards" description={props.description} hideTitle={props.hideTitle}>
        <label>
          Reward code <input name="code" />
        </label>
        <DialogClose asChild>
          <Button variant="secondary">Done</Button>
        </DialogClose>
      </DialogContent>
    </Dialog>
  )
}

describe('Dialog', () => {
  it('opens from its trigger as a modal dialog named by its title and described by its description', async () => {
    const user = userEvent.setup()
    render(<RewardsDialog description="Redeem points for discounts." />)
    expect(screen.queryByRole('dialog')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'View rewards' }))
    const dialog = screen.getByRole('dialog', { name: 'Your rewards' })
    expect(dialog).toHaveAccessibleDescription('Redeem points for discounts.')
    expect(dialog).toHaveAttribute('data-state', 'open')
    expect(document.querySelector('[data-part="overlay"]')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument()
    await expect(document.body).toHaveNoAxeViolations()
  })

  it('moves focus inside, traps Tab and Shift+Tab, closes on Escape and returns focus to the trigger', async () => {
    const onOpenChange = vi.fn()
    const user = userEvent.setup()
    render(<RewardsDialog onOpenChange={onOpenChange} />)
    const trigger = screen.getByRole('button', { name: 'View rewards' })

    trigger.focus()
    await user.keyboard('{Enter}')
    const dialog = screen.getByRole('dialog', { name: 'Your rewards' })
    const input = screen.getByRole('textbox', { name: 'Reward code' })
    const done = screen.getByRole('button', { name: 'Done' })
    const close = screen.getByRole('button', { name: 'Close' })
    expect(input).toHaveFocus()

    await user.tab()
    expect(done).toHaveFocus()
    await user.tab()
    expect(close).toHaveFocus()
    await user.tab()
    expect(input).toHaveFocus()
    await user.tab({ shift: true })
    expect(close).toHaveFocus()
    expect(dialog).toContainElement(document.activeElement as HTMLElement)

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(trigger).toHaveFocus()
    expect(onOpenChange.mock.calls).toEqual([[true], [false]])
  })

  it('closes with the close button and with DialogClose', async () => {
    const user = userEvent.setup()
    render(<RewardsDialog />)
    await user.click(screen.getByRole('button', { name: 'View rewards' }))
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.click(screen.getByRole('button', { name: 'View rewards' }))
    await user.click(screen.getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('keeps a hidden title as the accessible name and has no description without one', async () => {
    const user = userEvent.setup()
    const error = vi.spyOn(console, 'error')
    const warn = vi.spyOn(console, 'warn')
    render(<RewardsDialog hideTitle />)
    await user.click(screen.getByRole('button', { name: 'View rewards' }))
    const dialog = screen.getByRole('dialog', { name: 'Your rewards' })
    expect(screen.getByText('Your rewards')).toHaveStyle({ position: 'absolute', width: '1px' })
    expect(dialog).not.toHaveAttribute('aria-describedby')
    expect(error).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
    await expect(document.body).toHaveNoAxeViolations()
  })

  it('can be controlled', async () => {
    const user = userEvent.setup()
    function Controlled() {
      const [open, setOpen] = useState(true)
      return (
        <>
          <p>{open ? 'open' : 'closed'}</p>
          <Dialog open={open} onOpenChange={setOpen}>
            <DialogContent title="Controlled">Body</DialogContent>
          </Dialog>
        </>
      )
    }
    render(<Controlled />)
    expect(screen.getByRole('dialog', { name: 'Controlled' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByText('closed')).toBeInTheDocument()
  })

  it('labels the close button in the current locale', async () => {
    render(
      <LocaleProvider locale="zh-CN" translations={allUiTranslations}>
        <Dialog defaultOpen>
          <DialogContent title="奖励">内容</DialogContent>
        </Dialog>
      </LocaleProvider>,
    )
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument()
  })
})
