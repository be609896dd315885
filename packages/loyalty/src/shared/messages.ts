import { defineMessages } from '@journeykit/ui'

/** Messages more than one loyalty block uses. */
export const sharedMessages = defineMessages({
  en: {
    'loyalty.points': { one: '{count} point', other: '{count} points' },
    'loyalty.copied': 'Copied',
    'loyalty.copyFailed': 'Could not copy. Select the text and copy it yourself.',
    'loyalty.newTab': '(opens in a new tab)',
  },
  de: {
    'loyalty.points': { one: '{count} Punkt', other: '{count} Punkte' },
    'loyalty.copied': 'Kopiert',
    'loyalty.copyFailed': 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    'loyalty.newTab': '(öffnet in einem neuen Tab)',
  },
  'zh-CN': {
    'loyalty.points': '{count} 积分',
    'loyalty.copied': '已复制',
    'loyalty.copyFailed': '无法复制。请选中文本后手动复制。',
    'loyalty.newTab': '（在新标签页中打开）',
  },
  ro: {
    'loyalty.points': { one: '{count} punct', few: '{count} puncte', other: '{count} de puncte' },
    'loyalty.copied': 'Copiat',
    'loyalty.copyFailed': 'Nu s-a putut copia. Selectează textul și copiază-l manual.',
    'loyalty.newTab': '(se deschide într-o filă nouă)',
  },
})
