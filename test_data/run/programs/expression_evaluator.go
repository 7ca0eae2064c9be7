package main

import (
	"fmt"
	"strconv"
)

type Expr interface {
	Eval(env map[string]int) int
	String() string
}

type Num int
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]int) int   { return int(n) }
func (n Num) String() string            { return strconv.Itoa(int(n)) }
func (v Var) Eval(env map[string]int) int { return env[string(v)] }
func (v Var) String() string            { return string(v) }

func (b Bin) Eval(env map[string]int) int {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad operator " + string(b.Op))
}

func (b Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

// parser for a tiny prefix language: "+ 1 * x 3"
type parser struct {
	toks []string
	pos  int
}

func (p *parser) parse() Expr {
	t := p.toks[p.pos]
	p.pos++
	switch t {
	case "+", "-", "*", "/":
		l := p.parse()
		r := p.parse()
		return Bin{t[0], l, r}
	}
	if n, err := strconv.Atoi(t); err == nil {
		return Num(n)
	}
	return Var(t)
}

func fields(s string) []string {
	var out []string
	cur := ""
	for _, c := range s {
		if c == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		cur += string(c)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

func main() {
	env := map[string]int{"x": 5, "y": -2}
	for _, src := range []string{"+ 1 * x 3", "- y / 100 x", "* + x y + x y", "/ 7 0"} {
		p := &parser{toks: fields(src)}
		e := p.parse()
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(e, "=> error:", r)
				}
			}()
			fmt.Println(e, "=>", e.Eval(env))
		}()
	}
}
