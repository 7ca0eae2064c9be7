package main

import "fmt"

type Token struct {
	Kind  string
	Value interface{}
}

func eval(toks []Token) (int, error) {
	acc := 0
	op := "+"
	for _, t := range toks {
		switch t.Kind {
		case "num":
			n, ok := t.Value.(int)
			if !ok {
				return 0, fmt.Errorf("bad number %v", t.Value)
			}
			switch op {
			case "+":
				acc += n
			case "-":
				acc -= n
			case "*":
				acc *= n
			}
		case "op":
			op = t.Value.(string)
		default:
			return 0, fmt.Errorf("unknown token kind %q", t.Kind)
		}
	}
	return acc, nil
}

func main() {
	fmt.Println(eval([]Token{{"num", 2}, {"op", "*"}, {"num", 5}, {"op", "-"}, {"num", 3}}))
	fmt.Println(eval([]Token{{"num", "x"}}))
	fmt.Println(eval([]Token{{"paren", nil}}))
}
