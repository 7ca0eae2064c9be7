package main

import (
	"errors"
	"fmt"
	"strconv"
)

type VM struct {
	stack []int
	out   []string
}

var errUnderflow = errors.New("stack underflow")

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, errUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []string) error {
	for pc, ins := range prog {
		switch ins {
		case "add", "mul", "sub":
			b, err := vm.pop()
			if err != nil {
				return fmt.Errorf("pc %d (%s): %w", pc, ins, err)
			}
			a, err := vm.pop()
			if err != nil {
				return fmt.Errorf("pc %d (%s): %w", pc, ins, err)
			}
			switch ins {
			case "add":
				vm.stack = append(vm.stack, a+b)
			case "mul":
				vm.stack = append(vm.stack, a*b)
			case "sub":
				vm.stack = append(vm.stack, a-b)
			}
		case "print":
			v, err := vm.pop()
			if err != nil {
				return err
			}
			vm.out = append(vm.out, strconv.Itoa(v))
		default:
			n, err := strconv.Atoi(ins)
			if err != nil {
				return fmt.Errorf("pc %d: %v", pc, err)
			}
			vm.stack = append(vm.stack, n)
		}
	}
	return nil
}

func main() {
	progs := [][]string{
		{"2", "3", "add", "4", "mul", "print"},
		{"1", "add"},
		{"5", "x"},
		{"10", "1", "sub", "print", "print"},
	}
	for _, p := range progs {
		vm := &VM{}
		err := vm.Run(p)
		fmt.Println(vm.out, err)
	}
}
