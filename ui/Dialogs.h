#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

// Thin wrappers around message boxes and file dialogs, so tests can pre-answer them
// (KeePassXC's MessageBox::setNextAnswer pattern): a pre-set answer is used once, instead
// of showing the dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
             const QString &checkBoxText = {}, bool *checkBoxChecked = nullptr);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // A question answered with named buttons ("Keep running in the tray", "Quit", "Cancel"):
    // the index of the button pressed; Escape or closing the box gives escapeIndex.
    static int choose(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &buttons, int defaultIndex, int escapeIndex,
                      const QString &checkBoxText = {}, bool *checkBoxChecked = nullptr);

    // For tests: the next question() returns `button` (and sets the check box to
    // `checked`) without showing anything; warnings are swallowed while set.
    static void setNextAnswer(QMessageBox::StandardButton button, bool checked = false);
    // For tests: the next choose() returns index without showing anything; its button
    // labels are kept for lastChoices().
    static void setNextChoice(int index, bool checked = false)
    {
        s_nextChoice = index;
        s_nextChecked = checked;
    }
    static QStringList lastChoices() { return s_lastChoices; }
    // For tests: whether a pre-set answer is still waiting, and forgetting it.
    static bool hasNextAnswer() { return s_nextAnswer.has_value(); }
    static void clearNextAnswer() { s_nextAnswer.reset(); }
    static QString lastText() { return s_lastText; }

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static std::optional<int> s_nextChoice;
    static QStringList s_lastChoices;
    static bool s_nextChecked;
    static QString s_lastText;
};

class FileDialog
{
public:
    static QStringList openFiles(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &path,
                            const QString &filter, QString *selectedFilter = nullptr);

    // For tests: the next dialog returns these without showing.
    static void setNextFiles(const QStringList &files);
    static void setNextDirectory(const QString &dir);
    static void setNextSaveFile(const QString &path, const QString &selectedFilter = {});

private:
    static std::optional<QStringList> s_nextFiles;
    static std::optional<QString> s_nextDirectory;
    static std::optional<QPair<QString, QString>> s_nextSaveFile;
};
