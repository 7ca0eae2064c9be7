package main

import "fmt"

type cell struct {
	alive bool
	n     int
}

func main() {
	var board [4]cell
	board[1].alive = true
	board[2] = cell{true, 3}
	for i, c := range board {
		fmt.Println(i, c.alive, c.n)
	}
	copyBoard := board
	copyBoard[0].n = 9
	fmt.Println(board[0].n, copyBoard[0].n, board == copyBoard)
	fmt.Printf("%v\n%+v\n", board, board[2])
}
