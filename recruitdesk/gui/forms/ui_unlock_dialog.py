# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(560, 220)
        UnlockDialog.setMinimumSize(QSize(480, 0))
        UnlockDialog.setModal(True)
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(UnlockDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headingLabel)

        self.reasonLabel = QLabel(UnlockDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.reasonLabel)

        self.instructionLabel = QLabel(UnlockDialog)
        self.instructionLabel.setObjectName(u"instructionLabel")
        self.instructionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.instructionLabel)

        self.hintLabel = QLabel(UnlockDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.hintLabel)

        self.keyLayout = QFormLayout()
        self.keyLayout.setObjectName(u"keyLayout")
        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.keyLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.keyLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.recoveryKeyLabel = QLabel(UnlockDialog)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")

        self.keyLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recoveryKeyLabel)

        self.recoveryKeyEdit = QLineEdit(UnlockDialog)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recoveryKeyEdit.setClearButtonEnabled(True)

        self.keyLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryKeyEdit)


        self.mainLayout.addLayout(self.keyLayout)

        self.switchButton = QPushButton(UnlockDialog)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setFlat(True)
        self.switchButton.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.switchButton.setStyleSheet(u"text-align: left; text-decoration: underline; color: palette(link);")

        self.mainLayout.addWidget(self.switchButton)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyLabel = QLabel(UnlockDialog)
        self.busyLabel.setObjectName(u"busyLabel")

        self.mainLayout.addWidget(self.busyLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.recoveryKeyLabel.setBuddy(self.recoveryKeyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock vault - RecruitDesk", None))
#if QT_CONFIG(accessibility)
        UnlockDialog.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlock vault", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("UnlockDialog", u"Your vault is locked", None))
#if QT_CONFIG(accessibility)
        self.reasonLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Why the vault is locked", None))
#endif // QT_CONFIG(accessibility)
        self.instructionLabel.setText(QCoreApplication.translate("UnlockDialog", u"Enter your passphrase or PIN.", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Hint", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Recovery key:", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.switchButton.setText(QCoreApplication.translate("UnlockDialog", u"Forgot your passphrase? Use the &recovery key", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlock error", None))
#endif // QT_CONFIG(accessibility)
        self.busyLabel.setText(QCoreApplication.translate("UnlockDialog", u"Unlocking\u2026", None))
    # retranslateUi

