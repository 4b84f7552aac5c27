// Package bot is careerbot's question router: it reads one chat message,
// works out what is asked and about which careers, and answers from the
// knowledge base with a platform-neutral Answer that each adapter renders.
// It also renders answers as plain text for the terminal. Salary answers
// and comparisons carry a Chart: the data of a pay chart, which package
// chart draws as a picture and TextChart as text.
package bot
