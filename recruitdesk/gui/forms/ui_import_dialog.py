# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QSizePolicy, QSplitter,
    QStackedWidget, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1080, 640)
        ImportDialog.setMinimumSize(QSize(720, 440))
        ImportDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headingLabel)

        self.pageStack = QStackedWidget(ImportDialog)
        self.pageStack.setObjectName(u"pageStack")
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.previewPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.introLabel)

        self.previewSplitter = QSplitter(self.previewPage)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Orientation.Vertical)
        self.previewSplitter.setChildrenCollapsible(False)
        self.previewTable = QTableView(self.previewSplitter)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(False)
        self.previewSplitter.addWidget(self.previewTable)
        self.detailsBrowser = QTextBrowser(self.previewSplitter)
        self.detailsBrowser.setObjectName(u"detailsBrowser")
        self.detailsBrowser.setOpenLinks(False)
        self.previewSplitter.addWidget(self.detailsBrowser)

        self.previewLayout.addWidget(self.previewSplitter)

        self.redactCheckBox = QCheckBox(self.previewPage)
        self.redactCheckBox.setObjectName(u"redactCheckBox")

        self.previewLayout.addWidget(self.redactCheckBox)

        self.redactSpecialCheckBox = QCheckBox(self.previewPage)
        self.redactSpecialCheckBox.setObjectName(u"redactSpecialCheckBox")
        self.redactSpecialCheckBox.setEnabled(False)

        self.previewLayout.addWidget(self.redactSpecialCheckBox)

        self.pageStack.addWidget(self.previewPage)
        self.summaryPage = QWidget()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.resultTable = QTableView(self.summaryPage)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setAlternatingRowColors(True)
        self.resultTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setWordWrap(False)

        self.summaryLayout.addWidget(self.resultTable)

        self.pageStack.addWidget(self.summaryPage)

        self.mainLayout.addWidget(self.pageStack)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(ImportDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy)
        self.progressLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMinimumSize(QSize(260, 0))
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)


        self.mainLayout.addLayout(self.progressLayout)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportDialog)

        self.pageStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import CVs - RecruitDesk", None))
#if QT_CONFIG(accessibility)
        ImportDialog.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import CVs", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("ImportDialog", u"Import CVs", None))
        self.introLabel.setText(QCoreApplication.translate("ImportDialog", u"Check what RecruitDesk found in each file. Double-click a name, email address or phone number to correct it; untick a file to leave it out. Nothing is stored until you click Import.", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Files to import", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsBrowser.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Details of the selected file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.redactCheckBox.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Redact sensitive numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.redactCheckBox.setToolTip(QCoreApplication.translate("ImportDialog", u"National register numbers, citizen service numbers (BSN) and bank account numbers are removed from everything RecruitDesk keeps: the text, the search index and the document, which is stored as a redacted PDF copy (numbers blacked out) instead of the original.", None))
#endif // QT_CONFIG(tooltip)
        self.redactCheckBox.setText(QCoreApplication.translate("ImportDialog", u"&Redact sensitive numbers (keep a redacted copy, not the original file)", None))
#if QT_CONFIG(accessibility)
        self.redactSpecialCheckBox.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Also redact special-category words", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.redactSpecialCheckBox.setToolTip(QCoreApplication.translate("ImportDialog", u"Words about health, religion, union membership and the other special categories the preview warns about are blacked out too.", None))
#endif // QT_CONFIG(tooltip)
        self.redactSpecialCheckBox.setText(QCoreApplication.translate("ImportDialog", u"Also redact &special-category words (health, religion, union membership\u2026)", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

