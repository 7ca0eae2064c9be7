package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse() {
	panic(&ParseError{12, "unexpected token"})
}

func main() {
	parse()
}
