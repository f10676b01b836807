/** What the display board speaks and shows when a counter calls a ticket. */

export interface Speech {
  vi: string;
  en: string;
}

/** "Mời số A012 đến quầy số 3": the number is read letter by letter and digit by digit by the board. */
export function callAnnouncement(ticketNumber: string, counterNumber: number): Speech {
  return {
    vi: `Mời số ${ticketNumber} đến quầy số ${counterNumber}`,
    en: `Ticket ${ticketNumber}, please go to counter ${counterNumber}`,
  };
}

/** Number shown and spoken: the group letter and a 3-digit daily sequence (A001…A999, then A1000). */
export function formatTicketNumber(letter: string, seq: number): string {
  return `${letter}${String(seq).padStart(3, '0')}`;
}
