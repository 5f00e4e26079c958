# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 680)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.contentStack = QStackedWidget(self.centralWidget)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.candidateTable = QTableView(self.tablePage)
        self.candidateTable.setObjectName(u"candidateTable")
        self.candidateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateTable.setAlternatingRowColors(True)
        self.candidateTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.candidateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateTable.setShowGrid(False)
        self.candidateTable.setSortingEnabled(True)
        self.candidateTable.setWordWrap(False)
        self.candidateTable.horizontalHeader().setHighlightSections(False)
        self.candidateTable.horizontalHeader().setStretchLastSection(True)
        self.candidateTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.candidateTable)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyStateLabel = QLabel(self.emptyPage)
        self.emptyStateLabel.setObjectName(u"emptyStateLabel")
        self.emptyStateLabel.setStyleSheet(u"font-size: 13pt;")
        self.emptyStateLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyStateLabel.setWordWrap(True)
        self.emptyStateLabel.setMargin(24)

        self.emptyPageLayout.addWidget(self.emptyStateLabel)

        self.contentStack.addWidget(self.emptyPage)

        self.centralLayout.addWidget(self.contentStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuVault = QMenu(self.menuBar)
        self.menuVault.setObjectName(u"menuVault")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuVault.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuVault.addAction(self.actionLock)
        self.menuVault.addSeparator()
        self.menuVault.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"RecruitDesk", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.actionLock.setToolTip(QCoreApplication.translate("MainWindow", u"Lock the vault: hide all candidate data until it is unlocked again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About RecruitDesk", None))
#if QT_CONFIG(accessibility)
        self.candidateTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Candidates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyStateLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Vault status", None))
#endif // QT_CONFIG(accessibility)
        self.menuVault.setTitle(QCoreApplication.translate("MainWindow", u"&Vault", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

