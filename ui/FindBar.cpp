#include "FindBar.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

FindBar::FindBar(QTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit)
    , m_status(new QLabel)
    , m_next(new QToolButton)
    , m_previous(new QToolButton)
    , m_close(new QToolButton)
{
    setObjectName(u"findBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Find:"));
    label->setBuddy(m_edit);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search the transcript"));
    m_edit->installEventFilter(this);

    m_previous->setObjectName(u"findPrevious"_s);
    m_previous->setIcon(Icons::get(u"find-previous"_s));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(u"findNext"_s);
    m_next->setIcon(Icons::get(u"find-next"_s));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setObjectName(u"findClose"_s);
    m_close->setIcon(Icons::get(u"close"_s));
    m_close->setToolTip(tr("Close the search (Esc)"));
    m_close->setAccessibleName(tr("Close the search"));
    for (QToolButton *b : {m_previous, m_next, m_close}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_status->setObjectName(u"findStatus"_s);

    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        highlightAll();
        // Search from the start of the current match, so typing extends it.
        QTextCursor c = m_view->textCursor();
        c.setPosition(c.selectionStart());
        m_view->setTextCursor(c);
        find(false);
    });
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setExtraSelections({});
        m_view->setFocus();
    });
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setSearchText(const QString &text)
{
    m_edit->setText(text);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_close->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::highlightAll()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_edit->text();
    if (!text.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        QTextCursor cursor(m_view->document());
        while (true) {
            cursor = m_view->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
        }
    }
    m_matches = int(selections.size());
    m_view->setExtraSelections(selections);
}

bool FindBar::find(bool backward)
{
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        updateStatus(true);
        return false;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_view->find(text, flags);
    if (!found) { // wrap around
        QTextCursor c = m_view->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(c);
        found = m_view->find(text, flags);
    }
    updateStatus(found);
    return found;
}

void FindBar::updateStatus(bool found)
{
    if (m_edit->text().isEmpty())
        m_status->clear();
    else if (!found)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%n match(es)", nullptr, m_matches));
}
