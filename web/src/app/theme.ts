/** The console's look: deep red and gold accents on warm neutrals, AA contrast for text on every surface. */
import type { ThemeConfig } from 'antd';

export const BRAND = {
  red: '#9b1c1c',
  redDark: '#6e1111',
  gold: '#e0b44a',
  goldText: '#f5d67a',
  canvas: '#f4f1ea',
  ink: '#1f1f1f',
} as const;

export const FONT_STACK =
  '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.red,
    colorLink: '#1d4f91',
    colorInfo: '#1d4f91',
    colorSuccess: '#2e7d32',
    colorSuccessBg: '#eef7ec',
    colorSuccessBorder: '#b9dcb1',
    colorWarning: '#b26a00',
    colorWarningBg: '#fdf6e3',
    colorWarningBorder: '#ecd49a',
    colorError: '#c62828',
    colorBgLayout: BRAND.canvas,
    colorTextBase: BRAND.ink,
    // antd's default grey text (45% black) is 3.4:1 on white; these keep secondary text at WCAG AA (≥ 4.5:1).
    colorTextSecondary: '#4a4a4a',
    colorTextTertiary: '#5c5c5c',
    colorTextDescription: '#5c5c5c',
    colorTextPlaceholder: '#767676',
    borderRadius: 6,
    fontFamily: FONT_STACK,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: BRAND.redDark, siderBg: '#ffffff', bodyBg: BRAND.canvas, headerHeight: 64 },
    Menu: {
      itemSelectedBg: '#fbeaea',
      itemSelectedColor: BRAND.red,
      groupTitleColor: '#6b6b6b',
      itemHeight: 42,
    },
    Table: { headerBg: '#f7f3ec', headerColor: '#3a3a3a' },
    Card: { headerFontSize: 16 },
  },
};
