// hookscribe-cli's live block on a terminal (issue 13, point 19): lines wider than the
// terminal must not wrap into rows the next redraw does not move up over. The redraw is a
// pure function (CliPrinter::redrawText); its output is fed to a small terminal model that
// wraps, scrolls and moves the cursor as xterm does, and the screen is read back.
#include "CliPrinter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A terminal of `columns` × `height` cells: printable text with auto-wrap (xterm's pending
// wrap at the last column), CR, LF (with the tty's CR), ESC[nA and ESC[2K.
class Screen
{
public:
    Screen(int columns, int height)
        : m_columns(columns)
    {
        for (int i = 0; i < height; ++i)
            m_cells.append(blankRow());
    }

    void feed(const QString &text)
    {
        const QList<uint> points = text.toUcs4();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const uint c = points.at(i);
            if (c == 0x1b && i + 1 < points.size() && points.at(i + 1) == '[') {
                qsizetype j = i + 2;
                QString number;
                while (j < points.size() && points.at(j) >= '0' && points.at(j) <= '9')
                    number += QChar(char16_t(points.at(j++)));
                const uint command = j < points.size() ? points.at(j) : 0;
                if (command == 'A') {
                    m_row = std::max(0, m_row - std::max(1, number.toInt()));
                    m_pendingWrap = false;
                } else if (command == 'K' && number == u"2"_s) {
                    m_cells[m_row] = blankRow();
                }
                i = j;
                continue;
            }
            if (c == '\r') {
                m_column = 0;
                m_pendingWrap = false;
            } else if (c == '\n') {
                m_column = 0;
                lineFeed();
            } else {
                const char32_t point = c;
                const QString ch = QString::fromUcs4(&point, 1);
                const int width = CliPrinter::displayWidth(ch);
                if (width == 0) { // a mark joins the cell before it
                    if (m_column > 0)
                        m_cells[m_row][m_column - 1] += ch;
                    continue;
                }
                if (m_pendingWrap || m_column + width > m_columns) {
                    m_column = 0;
                    lineFeed();
                }
                m_cells[m_row][m_column] = ch;
                if (width == 2)
                    m_cells[m_row][m_column + 1] = QString(); // the wide one's second half
                m_column += width;
                if (m_column >= m_columns) {
                    m_column = m_columns - 1;
                    m_pendingWrap = true;
                }
            }
        }
    }

    // The rows as text, trailing blanks (and blank rows at the end) removed.
    QStringList rows() const
    {
        QStringList out;
        for (const QStringList &cells : m_cells) {
            QString r = cells.join(QString());
            while (r.endsWith(u' '))
                r.chop(1);
            out.append(r);
        }
        while (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    }
    int cursorRow() const { return m_row; }

private:
    QStringList blankRow() const { return QStringList(m_columns, u" "_s); }

    void lineFeed()
    {
        m_pendingWrap = false;
        if (++m_row == m_cells.size()) {
            m_cells.removeFirst();
            m_cells.append(blankRow());
            --m_row;
        }
    }

    int m_columns;
    QList<QStringList> m_cells;
    int m_row = 0;
    int m_column = 0;
    bool m_pendingWrap = false;
};

} // namespace

class tst_CliRedraw : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth();
    void fitToWidth();
    void wideLinesLeaveNothingBehind_data();
    void wideLinesLeaveNothingBehind();
    void aShorterBlockClearsTheRowsBelow();
};

void tst_CliRedraw::displayWidth()
{
    QCOMPARE(CliPrinter::displayWidth(u"talk.wav"_s), 8);
    QCOMPARE(CliPrinter::displayWidth(u"日本語.wav"_s), 10);       // wide
    QCOMPARE(CliPrinter::displayWidth(u"Cafe\u0301"_s), 4);        // a combining accent
    QCOMPARE(CliPrinter::displayWidth(u"via poll → a.txt"_s), 16); // "→" is narrow
    QCOMPARE(CliPrinter::displayWidth(u"🎤 interview"_s), 12);      // an emoji outside the BMP
}

void tst_CliRedraw::fitToWidth()
{
    QCOMPARE(CliPrinter::fitToWidth(u"talk.wav"_s, 8), u"talk.wav"_s);
    QCOMPARE(CliPrinter::fitToWidth(u"talk.wav"_s, 5), u"talk…"_s);
    // A wide character that would straddle the edge is left out whole.
    QCOMPARE(CliPrinter::fitToWidth(u"ab日本語"_s, 5), u"ab日…"_s);
    QCOMPARE(CliPrinter::fitToWidth(u"ab日本語"_s, 4), u"ab…"_s);
    // Marks stay with their letter.
    QCOMPARE(CliPrinter::fitToWidth(u"Cafe\u0301 au lait"_s, 5), u"Cafe\u0301…"_s);
    QCOMPARE(CliPrinter::fitToWidth(u"x"_s, 0), QString());
    for (int width = 1; width < 30; ++width)
        QVERIFY(CliPrinter::displayWidth(CliPrinter::fitToWidth(
                    u"a very long 名前 of a recording 🎤 that goes on"_s, width)) <= width);
}

void tst_CliRedraw::wideLinesLeaveNothingBehind_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("80") << 80;
    QTest::newRow("40") << 40;
    QTest::newRow("12") << 12;
}

void tst_CliRedraw::wideLinesLeaveNothingBehind()
{
    QFETCH(int, columns);
    Screen screen(columns, 40);
    screen.feed(u"Receiving webhooks on 127.0.0.1:8787\n"_s);
    const QStringList above = screen.rows();

    // The first drawing: long lines (an error message, a long path, wide characters).
    const QString longLine = u"podcast episode 12 with a very long name.wav  failed      "
                             "Cannot decode the audio: the file is not in a supported "
                             "format (try converting it)"_s;
    const QString wide = u"インタビュー録音ファイル第二回目の完全版.wav  uploading   42%"_s;
    int rows = 0;
    screen.feed(CliPrinter::redrawText({longLine, wide, u"2 running, 0 completed, 0 failed"_s}, 0,
                                       columns, &rows));
    QCOMPARE(rows, 3);
    QCOMPARE(screen.cursorRow(), int(above.size()) + 3);       // one row a line: nothing wrapped
    for (const QString &row : screen.rows().mid(above.size())) // the message may wrap
        QVERIFY2(CliPrinter::displayWidth(row) < columns, qPrintable(row));

    // Redrawn in place with other text: exactly the new lines, under what was there.
    const QStringList next{u"podcast episode 12  completed"_s, u"short.wav  queued"_s,
                           u"1 running, 1 completed, 0 failed"_s};
    screen.feed(CliPrinter::redrawText(next, rows, columns, &rows));
    QStringList expected = above;
    for (const QString &line : next)
        expected.append(CliPrinter::fitToWidth(line, columns - 1));
    QCOMPARE(screen.rows(), expected);
    QCOMPARE(screen.cursorRow(), int(expected.size()));
}

void tst_CliRedraw::aShorterBlockClearsTheRowsBelow()
{
    Screen screen(30, 20);
    int rows = 0;
    screen.feed(CliPrinter::redrawText({u"a.wav  uploading  10%"_s, u"b.wav  queued"_s,
                                        u"c.wav  pending"_s, u"3 running, 0 completed"_s},
                                       0, 30, &rows));
    QCOMPARE(rows, 4);
    screen.feed(CliPrinter::redrawText({u"all done"_s}, rows, 30, &rows));
    QCOMPARE(rows, 1);
    QCOMPARE(screen.rows(), QStringList{u"all done"_s});
    // The cursor is just below the block: the next redraw starts from there.
    QCOMPARE(screen.cursorRow(), 1);
    screen.feed(CliPrinter::redrawText({u"x"_s, u"y"_s}, rows, 30, &rows));
    QCOMPARE(screen.rows(), (QStringList{u"x"_s, u"y"_s}));
}

QTEST_GUILESS_MAIN(tst_CliRedraw)
#include "tst_cli_redraw.moc"
