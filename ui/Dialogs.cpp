#include "Dialogs.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QPushButton>

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
bool MessageBox::s_nextChecked = false;
std::optional<int> MessageBox::s_nextChoice;
QStringList MessageBox::s_lastChoices;
QString MessageBox::s_lastText;
std::optional<QStringList> FileDialog::s_nextFiles;
std::optional<QString> FileDialog::s_nextDirectory;
std::optional<QPair<QString, QString>> FileDialog::s_nextSaveFile;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QString &checkBoxText, bool *checkBoxChecked)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        if (checkBoxChecked)
            *checkBoxChecked = s_nextChecked;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("questionBox"));
    box.setDefaultButton(defaultButton);
    QCheckBox *check = nullptr;
    if (!checkBoxText.isEmpty()) {
        check = new QCheckBox(checkBoxText, &box);
        check->setChecked(checkBoxChecked && *checkBoxChecked);
        box.setCheckBox(check);
    }
    const auto answer = static_cast<QMessageBox::StandardButton>(box.exec());
    if (check && checkBoxChecked)
        *checkBoxChecked = check->isChecked();
    return answer;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &buttons, int defaultIndex, int escapeIndex,
                       const QString &checkBoxText, bool *checkBoxChecked)
{
    s_lastText = text;
    s_lastChoices = buttons;
    if (s_nextChoice) {
        const int answer = *s_nextChoice;
        s_nextChoice.reset();
        if (checkBoxChecked)
            *checkBoxChecked = s_nextChecked;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("choiceBox"));
    QList<QPushButton *> pushButtons;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const auto role = i == escapeIndex    ? QMessageBox::RejectRole
                          : i == defaultIndex ? QMessageBox::AcceptRole
                                              : QMessageBox::DestructiveRole;
        pushButtons.append(box.addButton(buttons.at(i), role));
    }
    if (defaultIndex >= 0 && defaultIndex < pushButtons.size())
        box.setDefaultButton(pushButtons.at(defaultIndex));
    if (escapeIndex >= 0 && escapeIndex < pushButtons.size())
        box.setEscapeButton(pushButtons.at(escapeIndex));
    QCheckBox *check = nullptr;
    if (!checkBoxText.isEmpty()) {
        check = new QCheckBox(checkBoxText, &box);
        check->setChecked(checkBoxChecked && *checkBoxChecked);
        box.setCheckBox(check);
    }
    box.exec();
    if (check && checkBoxChecked)
        *checkBoxChecked = check->isChecked();
    const int clicked = int(pushButtons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return clicked < 0 ? escapeIndex : clicked;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button, bool checked)
{
    s_nextAnswer = button;
    s_nextChecked = checked;
}

QStringList FileDialog::openFiles(QWidget *parent, const QString &caption, const QString &dir,
                                  const QString &filter)
{
    if (s_nextFiles) {
        const QStringList files = *s_nextFiles;
        s_nextFiles.reset();
        return files;
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (s_nextDirectory) {
        const QString d = *s_nextDirectory;
        s_nextDirectory.reset();
        return d;
    }
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFiles(const QStringList &files)
{
    s_nextFiles = files;
}

void FileDialog::setNextDirectory(const QString &dir)
{
    s_nextDirectory = dir;
}

QString FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &path,
                             const QString &filter, QString *selectedFilter)
{
    if (s_nextSaveFile) {
        const auto next = *s_nextSaveFile;
        s_nextSaveFile.reset();
        if (selectedFilter && !next.second.isEmpty())
            *selectedFilter = next.second;
        return next.first;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter, selectedFilter);
}

void FileDialog::setNextSaveFile(const QString &path, const QString &selectedFilter)
{
    s_nextSaveFile = qMakePair(path, selectedFilter);
}
