package main

import "fmt"

func find(grid [][]int, target int) (row, col int) {
	row, col = -1, -1
Outer:
	for r, line := range grid {
		for c, v := range line {
			if v < 0 {
				continue Outer
			}
			if v == target {
				row, col = r, c
				break Outer
			}
		}
	}
	return
}

func main() {
	fmt.Println(find([][]int{{1, 2}, {-1, 3}, {4, 5}}, 5))
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	;
	{
		nested := i * 2
		fmt.Println(nested)
	}
Sw:
	switch {
	case i == 3:
		for {
			break Sw
		}
	}
	goto end
end:
}
