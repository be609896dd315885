// The manager bundle compiles JSX with the classic runtime, which needs React in scope.
import React from 'react'
import { addons, types } from 'storybook/manager-api'
import { JourneyPanel, JourneyPanelTitle } from './journey-panel/panel'
import { ADDON_ID, PANEL_ID } from './journey-panel/constants'

addons.register(ADDON_ID, () => {
  addons.add(PANEL_ID, {
    type: types.PANEL,
    title: JourneyPanelTitle,
    match: ({ viewMode }) => viewMode === 'story',
    render: ({ active }) => <JourneyPanel active={active} />,
  })
})
