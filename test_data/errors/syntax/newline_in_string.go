// An interpreted string literal cannot span lines. Lexer errors have no `syntax error: ` prefix and are not
// merged with a syntax error on the same line. The quotes of the expectation comment below are code: the line
// holds a complete string ending in the word ERROR, names, the string " ", names, and a last double quote that
// opens the unterminated string.
package main

func main() {
	s := "// ERROR "newline in string" "syntax error: unexpected name newline at end of statement"
	_ = s
}
